import Foundation
import OtklikCore
import OtklikStore

/// Puts an appeal, its history and its actions into the card's view: names for codes, Russian titles,
/// local times, personal data masked for roles that may not see it.
struct AppealViewBuilder {
    let references: ReferenceData
    let users: [User]
    let format: WebFormat
    let dueSoon: TimeInterval

    func view(
        _ appeal: Appeal, for user: User, chrome: PageChrome, history: [AppealEvent], actions: [ActionFormView], links: [AppealView.Link],
        suggestions: SuggestionsView, notice: String?, error: String?
    ) -> AppealView {
        let now = Timestamp.now()
        let state = TermState.of(appeal, at: now, soon: dueSoon)
        let author = user.role.seesPersonalData ? appeal.author : appeal.author.masked
        return AppealView(
            chrome: chrome, id: appeal.id, number: appeal.number, version: appeal.version, statusTitle: appeal.status.title,
            termTitle: state == .overdue ? "Просрочено на " + format.span(now.timeIntervalSince(appeal.controlDueAt ?? now)) : state.title,
            termClass: state.rawValue, kindTitle: appeal.kind.title, channelTitle: appeal.channel.title, text: appeal.text,
            authorMasked: !user.role.seesPersonalData,
            author: facts([
                ("Автор", appeal.isAnonymous ? "Анонимно" : author.name), ("Эл. почта", author.email), ("Телефон", author.phone),
                ("Почтовый адрес", author.postalAddress), ("Профиль", author.profile),
            ]),
            place: facts([
                ("Адрес", appeal.address),
                ("Точка", appeal.point.map { String(format: "%.5f, %.5f", $0.lat, $0.lon) }),
                ("Муниципальное образование", references.municipalityName(appeal.municipalityId)),
            ]),
            structure: facts([
                ("Отраслевой блок", references.blockName(appeal.blockId)), ("Тема", references.topicName(appeal.topicId)),
                ("Ответственный орган", references.bodyName(appeal.bodyId)), ("Краткое содержание", appeal.summary),
                ("Причина статуса", appeal.statusReason), ("Основание отказа", appeal.rejectionGround?.title),
                ("Тема определена", appeal.structuredBy.map { _ in "автоматически, по подсказке модели" }),
                ("Орган определён", appeal.routedBy.map { _ in "автоматически, по подсказке модели" }),
                ("Подсказка при поступлении", appeal.suggestion.flatMap { suggestion in
                    suggestion.topics.first.map {
                        "\(references.topicName($0.id) ?? $0.id) — \(Int(($0.probability * 100).rounded())) % (модель \(suggestion.modelVersion))"
                    }
                }),
            ]),
            terms: facts([
                ("Поступило", format.dateTime(appeal.receivedAt)), ("Зарегистрировано", format.dateTime(appeal.registeredAt)),
                ("Срок регистрации", format.dateTime(appeal.registrationDueAt)), ("Срок перенаправления", format.dateTime(appeal.redirectDueAt)),
                ("Срок ответа", format.dateTime(appeal.answerDueAt)), ("Продлённый срок ответа", format.dateTime(appeal.extendedAnswerDueAt)),
                ("Отложено до", format.dateTime(appeal.postponedUntil)), ("Ответ дан", format.dateTime(appeal.answeredAt)),
                ("Закрыто", format.dateTime(appeal.closedAt)), ("Примечание к срокам", appeal.termNote),
            ]),
            links: links, hasLinks: !links.isEmpty, suggestions: suggestions,
            answers: appeal.answers.map {
                AppealView.AnswerRow(
                    at: format.dateTime($0.at) ?? "", text: $0.text, body: references.bodyName($0.bodyId) ?? "",
                    review: $0.review.map { "Оценка ЦУР: " + $0.grade.title + ($0.reason.map { ". " + $0 } ?? "") },
                    reviewFault: $0.review?.grade.needsReason ?? false
                )
            },
            hasAnswers: !appeal.answers.isEmpty,
            feedback: appeal.feedback.map { ($0.satisfied ? "Гражданин: проблема решена" : "Гражданин: проблема не решена") + ($0.comment.map { ". «\($0)»" } ?? "") },
            history: history.reversed().map(entry), actions: actions, hasActions: !actions.isEmpty, notice: notice, alert: error
        )
    }

    private func facts(_ pairs: [(String, String?)]) -> [AppealView.Fact] {
        pairs.compactMap { label, value in value.flatMap { $0.isEmpty ? nil : AppealView.Fact(label: label, value: $0) } }
    }

    struct Payload: Decodable {
        var after: [String: JSONValue]?
        var before: [String: JSONValue]?
        var input: ActionInput?
    }

    /// One history line: who did what when, the status change, and what they wrote.
    private func entry(_ event: AppealEvent) -> AppealView.Entry {
        let payload = try? JSONCoding.decoder().decode(Payload.self, from: Data(event.payload.utf8))
        func status(_ fields: [String: JSONValue]?) -> String? {
            guard case .string(let raw)? = fields?["status"] else { return nil }
            return AppealStatus(rawValue: raw)?.title
        }
        let change = status(payload?.after).map { after in status(payload?.before).map { "\($0) → \(after)" } ?? after }
        let input = payload?.input
        return AppealView.Entry(
            at: format.dateTime(event.at) ?? "", actor: users.first { $0.id == event.actorId }?.name ?? (event.actorId == StructureModel.actorId ? StructureModel.actorName : event.actorId),
            title: event.type == "created" ? "Поступило" : WorkflowAction(rawValue: event.type)?.title ?? event.type, change: change,
            details: facts([
                ("Орган", references.bodyName(input?.bodyId)), ("Текст", input?.text), ("Причина", input?.reason),
                ("До", format.day(input?.until)), ("Основание", input?.ground?.title), ("Комментарий", input?.comment),
                ("Тема", references.topicName(input?.topicId)),
            ])
        )
    }
}
