import OtklikCore

/// What every signed-in page shows around its content: who is signed in, the navigation, the CSRF token
/// for the header's logout form.
struct PageChrome: Sendable {
    var title: String
    var userName: String
    var roleTitle: String
    var csrf: String
    var isAdmin: Bool
    var canRegister: Bool
    var runsPolls: Bool
    /// Unread term alerts: shown beside «Уведомления» when there are any.
    var unreadAlerts: Int?

    /// The chrome for the signed-in user of a page request.
    init(title: String, context: OtklikRequestContext) throws {
        self.init(title: title, user: try context.requireUser(), csrf: WebSession.csrfToken(context) ?? "", unreadAlerts: context.unreadAlerts)
    }

    init(title: String, user: User, csrf: String, unreadAlerts: Int = 0) {
        self.title = title
        userName = user.name
        roleTitle = user.role.title
        self.csrf = csrf
        isAdmin = user.role == .admin
        canRegister = user.role.takesIn
        runsPolls = user.role.runsPolls
        self.unreadAlerts = unreadAlerts > 0 ? unreadAlerts : nil
    }
}
