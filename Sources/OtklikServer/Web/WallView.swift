/// The situation room's wall (issue 6; M23): the headline figures, the volume line, the spikes, the growing
/// problems and the overdue bodies in large type, refreshed by the browser every `refreshSeconds`.
struct WallView {
    var title: String
    var refreshSeconds: Int
    var updatedAt: String
    var period: String
    var errors: [String]
    var hasFigures: Bool
    var headlines: [DashboardCharts.Headline]
    var dynamics: String
    var spikes: [DashboardCharts.SpikeLine]
    var hasSpikes: Bool
    var growing: [DashboardCharts.Line]
    var hasGrowing: Bool
    var overdueBodies: String
    var hasOverdue: Bool
}
