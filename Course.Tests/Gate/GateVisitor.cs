namespace Course.Tests.Gate;

/// <summary>Who opens a page in the release gate: each has a browser context of its own, per theme.</summary>
public enum GateVisitor
{
    Anonymous,
    Student,
    Instructor,
}
