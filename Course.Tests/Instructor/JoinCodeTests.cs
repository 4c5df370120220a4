using Course.Web.Components.Instructor.Cohorts;

namespace Course.Tests.Instructor;

public sealed class JoinCodeTests
{
    [Fact]
    public void Generated_codes_have_eight_unambiguous_characters_and_differ()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => JoinCode.Generate()).ToList();

        Assert.All(codes, code => Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", code));
        Assert.DoesNotContain(codes, code => code.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Every character of the alphabet turns up: the draw covers it.
        Assert.Equal(JoinCode.Alphabet.Order(), string.Concat(codes).Distinct().Order());
    }

    [Theory]
    [InlineData("k7rm2qxd", "K7RM2QXD")]
    [InlineData(" K7RM-2QXD ", "K7RM2QXD")]
    [InlineData("k7r m2q", "K7RM2Q")]
    [InlineData("ab–cd–ef", "ABCDEF")]
    public void Typed_codes_are_normalized(string typed, string expected) => Assert.Equal(expected, JoinCode.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDE")]
    [InlineData("ABCDEFGHJ")]
    [InlineData("ABCDEF0")]
    [InlineData("ABCDEFO")]
    [InlineData("ABCDEF1")]
    [InlineData("ABCDEFI")]
    [InlineData("ABCDEFL")]
    [InlineData("ABC;DEF")]
    public void Malformed_codes_are_rejected(string? typed) => Assert.Null(JoinCode.Normalize(typed));
}
