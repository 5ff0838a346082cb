/// The weekly analytic note (issue 7; seed 004 §4.3а): the week in numbers against the week before, the
/// volume by day, the problems growing most, the blocks, the spikes and the overdue bodies, for the region
/// or a municipality; printable to PDF from the browser.
struct WeeklyNoteView {
    struct Form {
        var week: String
        var municipalities: [SelectOption]
    }

    /// A notable case of the week, linked to its card.
    struct Notable {
        var link: String
        var number: String
        var place: String
        var summary: String
        var reasons: String
        var status: String
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var hasNote: Bool
    var title: String
    var subject: String
    var headlines: [DashboardCharts.Headline]
    var dynamics: String
    var byBlock: String
    var growing: [DashboardCharts.Line]
    var hasGrowing: Bool
    var spikes: [DashboardCharts.SpikeLine]
    var hasSpikes: Bool
    var overdueBodies: String
    var hasOverdue: Bool
    var notable: [Notable]
    var hasNotable: Bool
    var exports: [ExportLink]
}
