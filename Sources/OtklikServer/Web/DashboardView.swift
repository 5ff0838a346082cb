/// What the dashboard page shows (issue 6): the form, the headline figures, the volume line, the
/// structure bars, the growing problems, the overdue bodies, the workload of the blocks and the spikes.
struct DashboardView {
    struct Form {
        var from: String
        var to: String
        var municipalities: [SelectOption]
        var blocks: [SelectOption]
    }

    struct LegendItem {
        var tone: Int
        var title: String
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var hasFigures: Bool
    var period: String
    var headlines: [DashboardCharts.Headline]
    var dynamics: String
    var byBlock: String
    var byChannel: String
    var byStatus: String
    var growing: [DashboardCharts.Line]
    var hasGrowing: Bool
    var overdueBodies: String
    var hasOverdue: Bool
    var workload: String
    var workloadLegend: [LegendItem]
    var spikeWeek: String
    var spikes: [DashboardCharts.SpikeLine]
    var hasSpikes: Bool
    var wallLink: String
}
