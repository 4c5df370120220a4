namespace Course.Web.Components.Account;

/// <summary>The addresses of the account pages, in one place for links, redirects and the cookie settings.</summary>
public static class AccountPaths
{
    public const string SignIn = "/compte/connexion";
    public const string SignUp = "/compte/inscription";
    public const string SignOut = "/compte/deconnexion";
    public const string AntiforgeryToken = "/compte/jeton";
    public const string AccessDenied = "/compte/acces-refuse";
    public const string PersonalData = "/compte/donnees-personnelles";
    public const string PersonalDataExport = "/compte/donnees-personnelles/export";
    public const string ResetPassword = "/compte/nouveau-mot-de-passe";
    public const string Join = "/rejoindre";
    public const string Progress = "/progression";
    public const string Instructor = "/formateur";
    public const string Instructors = "/formateur/formateurs";
}
