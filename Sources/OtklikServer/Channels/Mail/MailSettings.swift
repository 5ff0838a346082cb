import OtklikCore

/// The SMTP listener's settings (`ServerConfiguration.mail()`): where it listens, which recipient domains
/// it accepts (none: any), the largest letter, the login letters are taken in as, and what a letter is in law.
public struct MailSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var domains: Set<String>
    public var maxBytes: Int
    public var login: String
    public var kind: AppealKind
}
