/// The outbox page as its template reads it: the directory tabs, the states with their counts, the messages.
struct OutboxView {
    struct Row {
        var id: String
        var createdAt: String
        var channel: String
        var recipient: String
        var kind: String
        var text: String
        var attempts: Int
        var lastError: String?
        var when: String?
        var appealLink: String?
        var replayable: Bool
    }

    struct State {
        var link: String
        var title: String
        var active: Bool
    }

    var chrome: PageChrome
    var tabs: [DirectoryView.Tab]
    var states: [State]
    var rows: [Row]
    var hasRows: Bool
    var notice: String?
    var alert: String?
}
