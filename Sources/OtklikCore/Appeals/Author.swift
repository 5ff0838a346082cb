/// The author of an appeal. Every field is optional: an anonymous appeal is allowed and marked.
public struct Author: Codable, Sendable, Equatable {
    public var name: String?
    public var email: String?
    public var phone: String?
    /// A social-network profile link or id (VK, OK, Telegram).
    public var profile: String?
    /// A postal address for the written answer.
    public var postalAddress: String?

    public init(name: String? = nil, email: String? = nil, phone: String? = nil, profile: String? = nil, postalAddress: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.profile = profile
        self.postalAddress = postalAddress
    }

    /// Anonymous when nothing identifies the author or gives an address for the answer (59-ФЗ ст. 11 ч. 1).
    public var isAnonymous: Bool {
        [name, email, phone, profile, postalAddress].allSatisfy { ($0 ?? "").isEmpty }
    }

    /// The author as shown to roles that may not see personal data.
    public var masked: Author {
        func mask(_ value: String?) -> String? {
            guard let value, !value.isEmpty else { return value }
            return String(value.prefix(1)) + "***"
        }
        return Author(name: mask(name), email: mask(email), phone: mask(phone), profile: mask(profile), postalAddress: mask(postalAddress))
    }

    /// One key for "the same author" across appeals: the phone's digits, else the e-mail in lower case, else
    /// the social profile. A name alone identifies no one (namesakes), so it gives no key.
    public var identityKey: String? {
        if let phone, case let digits = phone.filter(\.isNumber), digits.count >= 10 { return "tel:" + digits.suffix(10) }
        if let email, !email.isEmpty { return "mail:" + email.lowercased() }
        if let profile, !profile.isEmpty { return "profile:" + profile.lowercased() }
        return nil
    }
}
