import Foundation

/// Term alerts as letters (issue 4: alerts «in-app now; e-mail/Telegram when those channels exist»): each user
/// an alert reaches (`AlertRecipient.keys(reaching:)`) who gave an e-mail address gets one letter per item, kind
/// and term, however many of their keys it reaches them by (an executor who also heads the block: one letter).
public enum AlertLetters {
    /// `cardLink` gives the address of an item's card in the workspace, when the site's address is known.
    public static func letters(for alerts: [TermAlert], users: [User], cardLink: (String) -> String?) -> [OutboundLetter] {
        let addressed = users.compactMap { user in user.email.map { (email: $0, keys: Set(AlertRecipient.keys(reaching: user))) } }
        var sent: Set<String> = []
        var letters: [OutboundLetter] = []
        for alert in alerts {
            for user in addressed where user.keys.contains(alert.recipient.key) {
                let once = [alert.appealId, alert.kind.rawValue, "\(alert.dueAt.timeIntervalSince1970)", user.email.lowercased()].joined(separator: "|")
                guard sent.insert(once).inserted else { continue }
                var text = alert.text
                if let link = cardLink(alert.appealId) { text += "\n\nКарточка обращения: \(link)" }
                text += "\n\nПисьмо отправлено системой «Отклик»; уведомления о сроках видны и в разделе «Уведомления»."
                letters.append(OutboundLetter(email: user.email, message: OutboundMessage(kind: .alert, text: text)))
            }
        }
        return letters
    }
}
