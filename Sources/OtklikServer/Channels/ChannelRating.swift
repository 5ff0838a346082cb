import OtklikCore
import OtklikStore

/// A citizen's press of a rating button under an answer in a messenger (Telegram, VK), recorded as
/// `CitizenRating` records the public page's: once per answer, «Не помог» reopening the item; only from the
/// conversation the item came from. Returns what the citizen is told back.
struct ChannelRating {
    let store: AppealStore

    func rate(_ appealId: String, satisfied: Bool, channel: Channel, address: String, by user: User) async throws -> String {
        guard let appeal = try await store.appeal(id: appealId, visibleTo: .all), appeal.channel == channel, ReplyAddress.of(appeal) == address else {
            return "Обращение не найдено"
        }
        guard CitizenRating.isOpen(appeal) else {
            return appeal.feedback == nil ? "Оценить можно после ответа" : "Оценка уже учтена, спасибо"
        }
        let now = Timestamp.now()
        _ = try await store.perform(
            CitizenRating.actions(satisfied: satisfied, comment: nil).map {
                ActionRequest(action: $0.action, input: $0.input, appealId: appeal.id, user: user, at: now)
            }
        )
        return satisfied ? "Спасибо за оценку" : "Спасибо за оценку. Рассмотрение возобновлено, мы сообщим о результате"
    }
}
