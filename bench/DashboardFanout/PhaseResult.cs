namespace DashboardFanout;

internal sealed record PhaseResult(
    string Name,
    int Viewers,
    double SampleCommandsPerSecond,
    double MinerCommandsPerSecond,
    double AllCommandsPerSecond,
    double? ProcessCpuPercent,
    double BrowserCpuPercent,
    List<double> Latencies);
