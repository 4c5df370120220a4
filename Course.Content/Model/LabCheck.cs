namespace Course.Content.Model;

/// <summary>
/// A hands-on step whose result can be read on the student's cluster, declared in a chapter's front matter under
/// <c>labChecks:</c>. The course only declares it; the cluster feature evaluates it by <see cref="Id"/>.
/// </summary>
/// <param name="Id">
/// Stable id, unique in the whole course (lowercase ASCII letters, digits and dashes), the contract with the cluster
/// feature: for example <c>nodes-ready</c>, <c>pod-network</c>, <c>dockercoins-available</c>, <c>webui-exposed</c>,
/// <c>worker-scaled</c>, <c>rng-daemonset</c>.
/// </param>
/// <param name="Title">What the check expects, in French, shown to the student (« Les deux nœuds sont Ready »).</param>
/// <param name="Command">The command of the chapter that performs or inspects the step, shown as the fix.</param>
/// <param name="ReviewSectionId">The heading id of the section of the chapter that teaches the step.</param>
/// <param name="ChapterSlug">The slug of the chapter that declares the check.</param>
/// <param name="SourceFile">The chapter file the check was declared in.</param>
/// <param name="SourceLine">The 1-based line of the check's <c>id:</c> key in that file.</param>
public sealed record LabCheck(
    string Id,
    string Title,
    string Command,
    string ReviewSectionId,
    string ChapterSlug,
    string SourceFile,
    int SourceLine);
