import Foundation
import OtklikCore
import OtklikStore

/// The public form's page: the choices, the values typed so far and an error per field.
struct PublicFormView {
    var csrf: String
    var submissionId: String
    var topics: [SelectOption]
    var isAppeal: Bool
    var values: [String: String]
    var errors: [String: String]
    var consentVersion: String
    var consentText: String
    var problem: String?
    /// The map to put the point on, where the site has tiles (`OTKLIK_MAP_TILES`).
    var picker: Picker?

    /// Where the map opens: the point typed so far, close; else the middle of the region's centres, wide.
    struct Picker {
        var tiles: String
        var lat: String
        var lon: String
        var zoom: Int
    }

    init(
        csrf: String, references: ReferenceData, values: [String: String] = [:], errors: [FieldError] = [], problem: String? = nil,
        tiles: String? = nil
    ) {
        self.csrf = csrf
        submissionId = values["submissionId"] ?? UUID().uuidString.lowercased()
        topics = SelectOption.list(references.rubricator.topics.map { ($0.id, $0.name) }, selected: values["topicId"])
        isAppeal = values["kind"] == AppealKind.appeal.rawValue
        self.values = values
        var byField: [String: String] = [:]
        // The draft's names («author.email», «files/2») as the form's fields, so a template can look them up.
        for error in errors {
            var field = error.field.replacingOccurrences(of: "author.", with: "")
            if field.hasPrefix("files/") { field = "files" }
            if byField[field] == nil { byField[field] = error.message }
        }
        self.errors = byField
        consentVersion = PublicConsent.current.version
        consentText = PublicConsent.current.text
        if let tiles {
            let centres = references.municipalities.compactMap(\.centre)
            if let lat = values["lat"].flatMap(Double.init), let lon = values["lon"].flatMap(Double.init), abs(lat) <= 85, abs(lon) <= 180 {
                picker = Picker(tiles: tiles, lat: String(lat), lon: String(lon), zoom: 15)
            } else if !centres.isEmpty {
                let lat = centres.map(\.lat).reduce(0, +) / Double(centres.count)
                let lon = centres.map(\.lon).reduce(0, +) / Double(centres.count)
                picker = Picker(tiles: tiles, lat: String(lat), lon: String(lon), zoom: centres.count == 1 ? 12 : 8)
            }
        }
        self.problem = problem ?? (errors.isEmpty ? nil : "Проверьте поля формы: \(errors.count == 1 ? "одно поле заполнено" : "некоторые поля заполнены") неверно")
    }
}
