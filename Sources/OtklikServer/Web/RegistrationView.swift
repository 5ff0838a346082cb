/// The registration form for what reaches the centre on paper, by phone or in person.
struct RegistrationView {
    var chrome: PageChrome
    var formId: String
    var kinds: [SelectOption]
    var channels: [SelectOption]
    var municipalities: [SelectOption]
    var topics: [SelectOption]
    var values: [String: String]
    var errors: [String: String]
    var alert: String?
}
