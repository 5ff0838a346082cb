/// A directory page as its template reads it: the entries, the form (to add, or to edit the one chosen),
/// and what happened to the last change.
struct DirectoryView {
    struct Row {
        var id: String
        var cells: [String]
        var editLink: String
        /// A second action on the entry (block or unblock a user), posted to `…/{id}/{action}`.
        var toggle: Toggle?
    }

    struct Toggle {
        var action: String
        var title: String
    }

    struct Choice {
        var value: String
        var title: String
        var checked: Bool
    }

    struct Tab {
        var link: String
        var title: String
        var active: Bool
    }

    var chrome: PageChrome
    var tabs: [Tab]
    var rows: [Row]
    var values: [String: String]
    var errors: [String: String]
    /// Choices of a select or of checkboxes, by field name (`municipalityId`, `blockIds`, `role`, `bodyId`).
    var choices: [String: [Choice]]
    var editing: Bool
    var notice: String?
    var alert: String?
}
