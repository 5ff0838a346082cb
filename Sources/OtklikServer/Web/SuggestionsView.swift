import OtklikCore

/// The card's «Подсказки» panel: flags, likely repeats and duplicates with their reasons, a campaign.
struct SuggestionsView {
    struct Flag {
        var title: String
        var words: String
        var urgent: Bool
    }

    struct Match {
        /// The appeal on the card (the merge form's target), apart from the match's own `id`.
        var appealId: String
        var id: String
        var number: String
        var relationTitle: String
        var reasons: String
        var excerpt: String
        /// A duplicate the user may merge into from here.
        var mergeable: Bool
        /// An earlier item of the same author the user may mark this one a repeat of from here.
        var repeatable: Bool
    }

    struct Choice {
        var kind: String
        var title: String
        var percent: Int?
        var words: String?
    }

    var flags: [Flag]
    var choices: [Choice]
    var modelNote: String?
    var matches: [Match]
    var note: String?
    var campaign: String?

    init(_ suggestions: AppealSuggestions, appeal: Appeal, canMerge: Bool, canMarkRepeat: Bool) {
        let appealId = appeal.id
        flags = suggestions.flags.map { Flag(title: $0.title, words: $0.words.joined(separator: ", "), urgent: $0.urgent) }
        func rows(_ kind: String, _ list: [AppealSuggestions.Choice]) -> [Choice] {
            list.map {
                Choice(
                    kind: kind, title: $0.title, percent: Int(($0.probability * 100).rounded()),
                    words: $0.words.isEmpty ? nil : $0.words.joined(separator: ", ")
                )
            }
        }
        choices = rows("Тема", suggestions.structure.topics) + rows("Орган", suggestions.structure.bodies)
        if let place = suggestions.municipality {
            let reason = place.distanceMetres.map { "по точке: \(SliceFormat.decimal($0 / 1000, digits: 1)) км от центра" } ?? place.words.joined(separator: " ")
            choices.insert(Choice(kind: "Муниципальное образование", title: place.title, percent: nil, words: reason), at: 0)
        }
        modelNote = suggestions.structure.modelVersion.map { "Модель \($0)" } ?? "Модель подсказок обучается на истории обращений; обновите страницу через минуту."
        matches = suggestions.matches.map { match in
            var reasons: [String] = []
            if match.relation == "repeat" { reasons.append("тот же автор") }
            if match.sameAddress {
                reasons.append("тот же адрес")
            } else if let metres = match.distanceMetres {
                reasons.append("в \(Int(metres.rounded())) м")
            }
            if match.sameTopicBlock { reasons.append("тот же блок") }
            reasons.append("сходство текста \(Int((match.textSimilarity * 100).rounded())) %")
            if !match.sharedWords.isEmpty { reasons.append("общие слова: " + match.sharedWords.prefix(8).joined(separator: ", ")) }
            return Match(
                appealId: appealId, id: match.id, number: match.number, relationTitle: match.relation == "repeat" ? "Возможно, повторное" : "Возможный дубликат",
                reasons: reasons.joined(separator: "; "), excerpt: match.excerpt, mergeable: canMerge && match.relation == "duplicate",
                repeatable: canMarkRepeat && match.relation == "repeat" && appeal.repeatOf != match.id
            )
        }
        if suggestions.similarity == "building" {
            note = "Поиск похожих ещё готовится: проиндексировано \(suggestions.indexed ?? 0) из \(suggestions.total ?? 0) обращений. Обновите страницу через минуту."
        }
        campaign = suggestions.campaign.map { "Похоже на массовую кампанию: \($0.size) почти одинаковых текстов за неделю" }
    }
}
