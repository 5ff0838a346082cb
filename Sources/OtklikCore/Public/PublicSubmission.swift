import Foundation

/// What a resident sends through the public form or `POST /api/v1/public/appeals` (issue 9): the text, a
/// topic hint, the place, a contact, the consent, and the form's one-time id (a form sent twice is taken in
/// once). It becomes a draft of the web-form channel; photos travel beside it.
public struct PublicSubmission: Codable, Sendable, Equatable {
    public var kind: AppealKind
    public var text: String
    public var topicId: String?
    public var address: String?
    public var lat: Double?
    public var lon: Double?
    public var name: String?
    public var email: String?
    public var phone: String?
    /// The version of `PublicConsent` the resident agreed to; nil: no consent given.
    public var consent: String?
    /// The form's one-time id, 8 to 64 letters, digits or hyphens.
    public var submissionId: String?

    public init(
        kind: AppealKind = .message, text: String, topicId: String? = nil, address: String? = nil, lat: Double? = nil, lon: Double? = nil,
        name: String? = nil, email: String? = nil, phone: String? = nil, consent: String? = nil, submissionId: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.topicId = topicId
        self.address = address
        self.lat = lat
        self.lon = lon
        self.name = name
        self.email = email
        self.phone = phone
        self.consent = consent
        self.submissionId = submissionId
    }

    enum CodingKeys: String, CodingKey {
        case kind, text, topicId, address, lat, lon, name, email, phone, consent, submissionId
    }

    /// `kind` may be left out: a form that says nothing sends a сообщение.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decodeIfPresent(AppealKind.self, forKey: .kind) ?? .message, text: try container.decode(String.self, forKey: .text),
            topicId: try container.decodeIfPresent(String.self, forKey: .topicId), address: try container.decodeIfPresent(String.self, forKey: .address),
            lat: try container.decodeIfPresent(Double.self, forKey: .lat), lon: try container.decodeIfPresent(Double.self, forKey: .lon),
            name: try container.decodeIfPresent(String.self, forKey: .name), email: try container.decodeIfPresent(String.self, forKey: .email),
            phone: try container.decodeIfPresent(String.self, forKey: .phone), consent: try container.decodeIfPresent(String.self, forKey: .consent),
            submissionId: try container.decodeIfPresent(String.self, forKey: .submissionId)
        )
    }

    /// The external id of a form's item: the one-time id in its own namespace.
    public static func externalId(_ submissionId: String) -> String { "form:" + submissionId }

    public var point: GeoPoint? {
        guard let lat, let lon else { return nil }
        return GeoPoint(lat: lat, lon: lon)
    }

    public var author: Author? {
        let author = Author(name: Self.trimmed(name), email: Self.trimmed(email), phone: Self.trimmed(phone))
        return author.isAnonymous ? nil : author
    }

    /// The draft of the web-form channel, received when it is taken in.
    public var draft: AppealDraft {
        AppealDraft(
            kind: kind, channel: .webForm, externalId: submissionId.map(Self.externalId), author: author, text: text,
            address: Self.trimmed(address), point: point, topicId: Self.trimmed(topicId)
        )
    }

    /// What the public side asks beyond any draft's checks (`AppealDraftValidator` runs on the draft too).
    /// An обращение under 59-ФЗ needs a surname and an address for the answer — in electronic form an e-mail
    /// (ст. 7 ч. 1, 3; without them ст. 11 ч. 1 leaves it unanswered); a сообщение may be anonymous.
    public func errors(consent current: PublicConsent = .current) -> [FieldError] {
        var errors: [FieldError] = []
        if kind == .publication { errors.append(FieldError(field: "kind", message: "Выберите «Обращение» или «Сообщение»")) }
        if consent != current.version {
            errors.append(FieldError(field: "consent", message: "Нужно согласие на обработку персональных данных (редакция \(current.version))"))
        }
        if kind == .appeal {
            if Self.trimmed(name) == nil {
                errors.append(FieldError(field: "name", message: "Для обращения по 59-ФЗ укажите фамилию и имя; без них можно отправить сообщение"))
            }
            if Self.trimmed(email) == nil {
                errors.append(FieldError(field: "email", message: "Для обращения по 59-ФЗ укажите адрес электронной почты для ответа"))
            }
        }
        if (lat == nil) != (lon == nil) { errors.append(FieldError(field: "lat", message: "Укажите обе координаты точки или ни одной")) }
        if let submissionId, !(8...64).contains(submissionId.count) || !submissionId.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            errors.append(FieldError(field: "submissionId", message: "Идентификатор формы: от 8 до 64 латинских букв, цифр или дефисов"))
        }
        return errors
    }

    static func trimmed(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
