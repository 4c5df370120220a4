namespace Course.Web.Components.Cluster.Lab;

public enum LabProblemKind
{
    /// <summary>No answer from the API server (refused, cut, DNS, TLS).</summary>
    Unreachable,

    /// <summary>401: the credentials are no longer accepted.</summary>
    Unauthorized,

    /// <summary>403: a verb on a resource is missing from the role.</summary>
    Forbidden,

    /// <summary>The API server sent something that is not the expected object.</summary>
    Malformed,
}
