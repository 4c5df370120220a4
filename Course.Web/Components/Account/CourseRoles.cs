namespace Course.Web.Components.Account;

/// <summary>The two roles of the course. The names are stored in the database: never rename them.</summary>
public static class CourseRoles
{
    public const string Student = "Etudiant";
    public const string Instructor = "Formateur";

    public static IReadOnlyList<string> All { get; } = [Student, Instructor];
}
