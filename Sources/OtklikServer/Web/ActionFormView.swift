/// One action's form on the card: the fields its transition requires (and the optional ones it takes),
/// with what the user typed and the error next to each field after a refused attempt.
struct ActionFormView {
    struct Field {
        var name: String
        var label: String
        var kind: String
        var isSelect: Bool
        var isTextarea: Bool
        var isInput: Bool
        var required: Bool
        var options: [SelectOption]
        var value: String
        /// Named apart from the card's `alert`: a template looks a missing name up the stack.
        var fieldError: String?
    }

    var action: String
    var title: String
    var fields: [Field]
    var open: Bool
    var primary: Bool
    var danger: Bool
    var hasFields: Bool
}
