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

    init(csrf: String, references: ReferenceData, values: [String: String] = [:], errors: [FieldError] = [], problem: String? = nil) {
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
        self.problem = problem ?? (errors.isEmpty ? nil : "Проверьте поля формы: \(errors.count == 1 ? "одно поле заполнено" : "некоторые поля заполнены") неверно")
    }
}
