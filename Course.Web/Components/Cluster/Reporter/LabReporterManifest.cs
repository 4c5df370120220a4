using System.Text;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// The YAML a student applies with <c>kubectl apply -f</c>: a namespace, a read-only ServiceAccount bound to a
/// ClusterRole built from <see cref="ClusterPermissions.Reporter"/>, the student's token in a Secret, and the course's
/// image in reporter mode, non-root, with small resource limits.
/// </summary>
internal static class LabReporterManifest
{
    public const string Namespace = "course-lab";
    public const string Name = "course-lab-reporter";

    public static string Render(string siteUrl, string token, string image)
    {
        var yaml = new StringBuilder();
        yaml.Append($"""
            # Agent du laboratoire : lit votre cluster (lecture seule) et envoie son état au site du cours.
            # Lab reporter: reads this cluster (read-only) and pushes its state to the course site.
            apiVersion: v1
            kind: Namespace
            metadata:
              name: {Namespace}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: {Name}
              namespace: {Namespace}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: {Name}
            rules:

            """);
        foreach (var rule in ClusterPermissions.Reporter)
        {
            yaml.Append($"""
                - apiGroups: ["{rule.ApiGroup}"]
                  resources: ["{rule.Resource}"]
                  verbs: [{string.Join(", ", rule.Verbs.Select(v => $"\"{v}\""))}]

                """);
        }

        yaml.Append($"""
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: {Name}
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: {Name}
            subjects:
            - kind: ServiceAccount
              name: {Name}
              namespace: {Namespace}
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: {Name}
              namespace: {Namespace}
            stringData:
              token: "{token}"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {Name}
              namespace: {Namespace}
            spec:
              replicas: 1
              selector:
                matchLabels:
                  app: {Name}
              template:
                metadata:
                  labels:
                    app: {Name}
                spec:
                  serviceAccountName: {Name}
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 1654
                    seccompProfile:
                      type: RuntimeDefault
                  containers:
                  - name: reporter
                    image: {image}
                    args: ["report"]
                    env:
                    - name: LAB_SITE_URL
                      value: "{siteUrl}"
                    - name: LAB_TOKEN
                      valueFrom:
                        secretKeyRef:
                          name: {Name}
                          key: token
                    securityContext:
                      allowPrivilegeEscalation: false
                      readOnlyRootFilesystem: true
                      capabilities:
                        drop: ["ALL"]
                    resources:
                      requests:
                        cpu: 10m
                        memory: 64Mi
                      limits:
                        cpu: 200m
                        memory: 192Mi

            """);
        return yaml.ToString();
    }
}
