import Foundation

/// A POST of an Open311 GeoReport v2 service request (form fields) read into an intake draft. The item
/// is a сообщение of the `open311` channel: 59-ФЗ (as amended by 480-ФЗ) does not name Open311 among the
/// ways to send an обращение (rules.md §1). The location is required as the spec says (lat and long, or
/// `address_string`, or `address_id`); the description is the text, the service name standing in when it
/// is empty; `media_url` is added to the text as a link, and the form itself is kept unchanged beside the item.
public enum Open311Submission {
    /// GeoReport v2: «free form text limited to 4,000 characters».
    public static let maxDescription = 4000

    public static func draft(
        _ pairs: [(String, String)], rubricator: Rubricator, municipalities: [Municipality]
    ) throws(Open311Failure) -> AppealDraft {
        var fields: [String: String] = [:]
        var attributes: [String: String] = [:]
        // PostgreSQL cannot keep a NUL in text, and no real field has one.
        if let bad = pairs.first(where: { $0.1.unicodeScalars.contains("\u{0}") }) {
            throw Open311Failure([.badRequest("\(bad.0): недопустимый символ NUL")])
        }
        for (name, value) in pairs {
            let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.hasPrefix("attribute["), let end = name.firstIndex(of: "]") {
                attributes[String(name[name.index(name.startIndex, offsetBy: 10)..<end])] = value
            } else if fields[name] == nil {
                fields[name] = value
            }
        }
        func field(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
        guard let code = field("service_code") else { throw Open311Failure([.badRequest("service_code: не указан код услуги")]) }
        guard let topic = rubricator.topic(code) else { throw Open311Failure([.notFound("service_code: нет услуги с кодом «\(code)»")]) }
        var errors: [Open311Error] = []
        var point: GeoPoint?
        switch (field("lat"), field("long")) {
        case (nil, nil): break
        case (let lat?, let long?):
            if let lat = Double(lat), let lon = Double(long), GeoPoint(lat: lat, lon: lon).isValid {
                point = GeoPoint(lat: lat, lon: lon)
            } else {
                errors.append(.badRequest("lat, long: координаты — числа, широта от −90 до 90, долгота от −180 до 180"))
            }
        default: errors.append(.badRequest("lat, long: нужны обе координаты"))
        }
        if point == nil, field("address_string") == nil, field("address_id") == nil, errors.isEmpty {
            errors.append(.badRequest("Укажите место: lat и long, address_string или address_id"))
        }
        let description = field("description") ?? ""
        if description.count > maxDescription {
            errors.append(.badRequest("description: не длиннее \(maxDescription) символов, получено \(description.count)"))
        }
        var municipality: String?
        for (code, value) in attributes.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
            guard code == Open311Definition.municipalityCode else {
                errors.append(.badRequest("attribute[\(code)]: у услуги нет такого атрибута"))
                continue
            }
            if municipalities.contains(where: { $0.oktmo == value }) {
                municipality = value
            } else {
                errors.append(.badRequest("attribute[\(code)]: нет муниципального образования с кодом ОКТМО «\(value)»"))
            }
        }
        var mediaURL: String?
        if let media = field("media_url") {
            if let url = URL(string: media), ["http", "https"].contains(url.scheme?.lowercased() ?? "") {
                mediaURL = media
            } else {
                errors.append(.badRequest("media_url: нужна ссылка http или https"))
            }
        }
        guard errors.isEmpty else { throw Open311Failure(errors) }
        let name = [field("first_name"), field("last_name")].compactMap { $0 }.joined(separator: " ")
        let author = Author(
            name: name.isEmpty ? nil : name, email: field("email"), phone: field("phone"), profile: field("account_id").map { "open311:" + $0 }
        )
        var text = description.isEmpty ? topic.name : description
        if let mediaURL { text += "\n\nФото: " + mediaURL }
        return AppealDraft(
            kind: .message, channel: .open311, author: author, text: text,
            address: field("address_string") ?? field("address_id").map { "Код адреса: " + $0 }, point: point, municipalityId: municipality,
            topicId: topic.id
        )
    }
}
