import Hummingbird
import OtklikCore

/// The request context: Hummingbird's core storage plus the authenticated user.
public struct OtklikRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var user: User?
    /// The browser session's token, on pages (not the API); the CSRF token of its forms derives from it.
    public var sessionToken: String?
    /// The client's network address, for the public side's limits.
    public var remoteAddress: String?
    /// Unread term alerts of the signed-in user, on pages: the number in the header.
    public var unreadAlerts = 0

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        user = nil
        sessionToken = nil
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies above the limit are refused with 413 before they are read whole.
    public var maxUploadSize: Int { IntakeLimits.maxBodyBytes }

    /// The signed-in user; routes behind `AuthMiddleware` always have one.
    func requireUser() throws -> User {
        guard let user else { throw Problem.unauthorized() }
        return user
    }
}
