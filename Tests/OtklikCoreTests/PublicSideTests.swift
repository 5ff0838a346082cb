import Foundation
import OtklikCore
import Testing

@Suite("The public side's rules: personal data hidden, what a submission needs, the citizen's stage and rating")
struct PublicSideTests {
    @Test("e-mails, phones, links and a flat's number are hidden; the house number and the rest stay")
    func contactsHidden() {
        let text = "Яма у дома 12а, кв. 45. Пишите ivan.petrov@mail.ru или звоните 8 (912) 345-67-89, фото: https://vk.com/id12345"
        let redacted = PersonalDataRedaction.redact(text, author: nil)
        #expect(redacted == "Яма у дома 12а, кв. [скрыто]. Пишите [скрыто] или звоните [скрыто], фото: [скрыто]")
    }

    @Test("the author's name is hidden in any of its forms, and a surname with initials on either side")
    func namesHidden() {
        let author = Author(name: "Иванов Пётр Сергеевич")
        let redacted = PersonalDataRedaction.redact("Я, Иванов П.С., прошу. Петру Ивановым не ответили. Сосед Сидоров А. Б. и И.И. Кузнецова тоже.", author: author)
        #expect(redacted == "Я, [имя скрыто], прошу. [имя скрыто] [имя скрыто] не ответили. Сосед [имя скрыто] и [имя скрыто] тоже.")
        for word in ["Иванов", "Петру", "Сидоров", "Кузнецова"] { #expect(!redacted.contains(word)) }
    }

    @Test("a short name whose stem says little is hidden in its case forms too")
    func shortNames() {
        let redacted = PersonalDataRedaction.redact("Анна, Анне и Анной; Ян и Яна", author: Author(name: "Анна Ян"))
        #expect(redacted == "[имя скрыто], [имя скрыто] и [имя скрыто]; [имя скрыто] и Яна")
    }

    @Test("a text without personal data is shown as written")
    func plainTextUnchanged() {
        let text = "Не вывозят мусор с площадки на улице Ленина уже неделю."
        #expect(PersonalDataRedaction.redact(text, author: Author(name: "Пётр")) == text)
    }

    @Test("an обращение under 59-ФЗ needs a surname and an e-mail; a сообщение may be anonymous; consent to the current text is always needed")
    func submissionRules() {
        let message = PublicSubmission(kind: .message, text: "Яма", consent: PublicConsent.current.version)
        #expect(message.errors().isEmpty)
        #expect(message.author == nil)
        #expect(message.draft.channel == .webForm)
        let appeal = PublicSubmission(kind: .appeal, text: "Яма", name: "  ", consent: "2020-01")
        #expect(Set(appeal.errors().map(\.field)) == ["name", "email", "consent"])
        let complete = PublicSubmission(kind: .appeal, text: "Яма", name: "Иванов Пётр", email: "p@example.ru", consent: PublicConsent.current.version)
        #expect(complete.errors().isEmpty)
        #expect(complete.draft.author == Author(name: "Иванов Пётр", email: "p@example.ru"))
    }

    @Test("one coordinate alone, a publication and a malformed form id are refused; the form id becomes the external id")
    func submissionShape() {
        let consent = PublicConsent.current.version
        #expect(PublicSubmission(text: "Яма", lat: 47.6, consent: consent).errors().map(\.field) == ["lat"])
        #expect(PublicSubmission(kind: .publication, text: "Яма", consent: consent).errors().map(\.field) == ["kind"])
        #expect(PublicSubmission(text: "Яма", consent: consent, submissionId: "short").errors().map(\.field) == ["submissionId"])
        #expect(PublicSubmission(text: "Яма", consent: consent, submissionId: "<script>alert(1)</script>").errors().map(\.field) == ["submissionId"])
        let form = PublicSubmission(text: "Яма", lat: 47.6, lon: 42.1, consent: consent, submissionId: "0f8e2c1a-77aa")
        #expect(form.draft.externalId == "form:0f8e2c1a-77aa")
        #expect(form.draft.point == GeoPoint(lat: 47.6, lon: 42.1))
    }

    @Test("the citizen sees inner steps as «на рассмотрении», an extension as such, and the end as answered, refused or merged")
    func stages() {
        #expect(PublicStage.of(Fixtures.appeal(.registered)) == .accepted)
        #expect(PublicStage.of(Fixtures.appeal(.rework)) == .inReview)
        #expect(PublicStage.of(Fixtures.appeal(.answered)) == .inReview)
        var extended = Fixtures.appeal(.inProgress)
        extended.extendedAnswerDueAt = Fixtures.now.addingTimeInterval(86_400 * 40)
        #expect(PublicStage.of(extended) == .extended)
        #expect(PublicStage.of(Fixtures.appeal(.closed)) == .answered)
        #expect(PublicStage.of(Fixtures.appeal(.rejected)) == .refused)
        #expect(PublicStage.of(Fixtures.appeal(.reopened)) == .reopened)
    }

    @Test("«не решена» is recorded and reopens the item; «решена» is only recorded; a rated answer is not rated again until a new one")
    func rating() {
        #expect(CitizenRating.actions(satisfied: true, comment: " ").map(\.action) == [.rate])
        let notSolved = CitizenRating.actions(satisfied: false, comment: "Яма на месте")
        #expect(notSolved.map(\.action) == [.rate, .reopen])
        #expect(notSolved[1].input.reason == "Повторно: автор сообщил, что проблема не решена: Яма на месте")
        var closed = Fixtures.appeal(.closed)
        closed.closedAt = Fixtures.now
        #expect(CitizenRating.isOpen(closed))
        #expect(!CitizenRating.isOpen(Fixtures.appeal(.answered)))
        closed.feedback = CitizenFeedback(satisfied: false, comment: nil, at: Fixtures.now.addingTimeInterval(60))
        #expect(!CitizenRating.isOpen(closed))
        closed.closedAt = Fixtures.now.addingTimeInterval(3600)
        #expect(CitizenRating.isOpen(closed))
        #expect(CitizenRating.error(inComment: String(repeating: "я", count: 2001))?.field == "comment")
    }

    @Test("the public view carries no author, and the answer only once it is approved")
    func publicView() {
        var appeal = Fixtures.appeal(.answered)
        appeal.author = Author(name: "Петров Иван", email: "petrov@example.ru", phone: "+7 912 000-11-22")
        appeal.text = "Петров Иван, тел. +7 912 000-11-22: яма"
        appeal.answers = [Answer(text: "Уважаемый Иван! Яму заделали.", authorId: "u-executor", bodyId: "b1", at: Fixtures.now)]
        let pending = PublicAppeal(appeal, topic: "Ремонт дорог", municipality: nil)
        #expect(pending.answer == nil)
        appeal.status = .closed
        appeal.closedAt = Fixtures.now
        let answered = PublicAppeal(appeal, topic: "Ремонт дорог", municipality: nil)
        #expect(answered.answer == "Уважаемый [имя скрыто]! Яму заделали.")
        #expect(answered.canRate)
        let json = String(decoding: try! JSONCoding.encoder().encode(answered), as: UTF8.self)
        for secret in ["Петров", "Иван", "petrov@example.ru", "912"] { #expect(!json.contains(secret)) }
    }

    @Test("the public list shows structured items of public topics; an обращение only with the author's consent; never a refused or merged one")
    func listing() {
        var message = Fixtures.appeal(.inProgress)
        message.kind = .message
        #expect(PublicListing.shows(message, hiddenTopics: [], consented: false))
        #expect(!PublicListing.shows(message, hiddenTopics: ["roads.repair"], consented: false))
        message.topicId = nil
        #expect(!PublicListing.shows(message, hiddenTopics: [], consented: false))
        let appeal = Fixtures.appeal(.closed)
        #expect(!PublicListing.shows(appeal, hiddenTopics: [], consented: false))
        #expect(PublicListing.shows(appeal, hiddenTopics: [], consented: true))
        #expect(!PublicListing.shows(Fixtures.appeal(.rejected), hiddenTopics: [], consented: true))
        #expect(!PublicListing.shows(Fixtures.appeal(.merged), hiddenTopics: [], consented: true))
    }

    @Test("a listed point is rounded to about a hundred metres and a long text is cut at a word")
    func listedShape() {
        #expect(PublicListing.coarse(GeoPoint(lat: 47.647_812, lon: 42.095_349)) == GeoPoint(lat: 47.648, lon: 42.095))
        let long = String(repeating: "яма ", count: 100)
        let excerpt = PublicListing.excerpt(long)
        #expect(excerpt.count <= PublicListing.excerptLength + 1)
        #expect(excerpt.hasSuffix("яма…"))
        #expect(PublicListing.excerpt("Коротко") == "Коротко")
        #expect(PublicListing.shown("Эти идиоты опять не чинят дорогу", flagger: TextFlagger()) == PublicListing.offensiveNotice)
        #expect(PublicListing.shown("Опять не чинят дорогу", flagger: TextFlagger()) == "Опять не чинят дорогу")
        var appeal = Fixtures.appeal(.inProgress)
        appeal.author = Author(name: "Орлова Вера", phone: "+7 903 111-22-33")
        appeal.text = "Орлова Вера: течёт крыша, кв. 7, тел. +7 903 111-22-33"
        appeal.point = GeoPoint(lat: 47.647_812, lon: 42.095_349)
        let problem = PublicProblem(appeal, topic: "Ремонт дорог", municipality: "Цимлянский район", flagger: TextFlagger())
        #expect(problem.text == "[имя скрыто] [имя скрыто]: течёт крыша, кв. [скрыто], тел. [скрыто]")
        #expect(problem.point == GeoPoint(lat: 47.648, lon: 42.095))
    }

    @Test("a submission counts against its address and its author's contact, one key however the phone is written; a zero limit counts nothing")
    func limitKeys() {
        let limits = SubmissionLimits(perAddress: 30, perContact: 5, window: 600)
        let keys = limits.keys(address: "10.0.0.7", author: Author(phone: "8 (900) 111-22-33"))
        #expect(keys.map(\.key) == ["ip:10.0.0.7", "tel:9001112233"])
        #expect(limits.keys(address: nil, author: Author(phone: "+7 900 111-22-33")).map(\.key) == ["tel:9001112233"])
        #expect(SubmissionLimits(perAddress: 0, perContact: 0).keys(address: "10.0.0.7", author: Author(email: "a@b.ru")).isEmpty)
    }

    @Test("a tracking secret is 32 hex digits, new each time, and stored only as its hash")
    func secrets() {
        let one = TrackingSecret.generate()
        let two = TrackingSecret.generate()
        #expect(one != two)
        #expect(TrackingSecret.isWellFormed(one))
        #expect(!TrackingSecret.isWellFormed("ЦУР"))
        #expect(TrackingSecret.hash(one) != one)
        #expect(TrackingSecret.hash(one).count == 64)
    }
}
