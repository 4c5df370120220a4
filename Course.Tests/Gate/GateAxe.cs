namespace Course.Tests.Gate;

/// <summary>The themes in which the release gate runs axe on a page (see <see cref="GatePage"/>).</summary>
public enum GateAxe
{
    /// <summary>Visited for the header, policy and hostile-text checks only.</summary>
    None,

    /// <summary>Audited in the light theme (every rule).</summary>
    Light,

    /// <summary>Audited in the light theme (every rule) and in the dark theme (the colour rules).</summary>
    LightAndDark,
}
