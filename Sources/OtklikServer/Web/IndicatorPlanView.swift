/// The administrator's form of a year's plans for the region or one municipality, with the history of changes.
struct IndicatorPlanView {
    struct Field {
        var id: String
        var label: String
        var unit: String
        var value: String
        var fieldError: String?
    }

    struct Change {
        var at: String
        var by: String
        var text: String
    }

    var chrome: PageChrome
    var year: String
    var municipality: String
    var subject: String
    var fields: [Field]
    var alert: String?
    var history: [Change]
    var hasHistory: Bool
    var back: String
}
