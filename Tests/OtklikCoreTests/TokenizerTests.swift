import Testing

@testable import OtklikCore

@Suite("Tokens of an appeal's text")
struct TokenizerTests {
    let tokenizer = Tokenizer()

    func tokens(_ text: String) -> [String] { tokenizer.tokens(text).map(\.description) }

    @Test("words are lower case with ё as е; punctuation of every kind separates them")
    func wordsAreNormalised() {
        #expect(tokens("ЁЛКА во Дворе — «сломана»!…") == ["word:елка", "word:во", "word:дворе", "word:сломана"])
    }

    @Test("HTML tags, scripts and character references do not become words")
    func htmlIsReducedToText() {
        let html = "<p>Нет&nbsp;воды<br/>на&#160;ул.&nbsp;Ленина</p><script>var x = 1;</script>&laquo;срочно&raquo; &amp; &#x41F;омогите"
        #expect(tokens(html) == ["word:нет", "word:воды", "word:на", "word:ул", "word:ленина", "word:срочно", "word:помогите"])
        #expect(HTMLText.plain("a &unknown; b") == "a &unknown; b")
    }

    @Test("a phone in any common writing is one token of its eleven digits")
    func phonesAreEntities() {
        for written in ["+7 (863) 123-45-67", "8-863-123-45-67", "88631234567", "+78631234567"] {
            #expect(tokens("звоните \(written), пожалуйста") == ["word:звоните", "phone:78631234567", "word:пожалуйста"], "\(written)")
        }
        #expect(tokens("моб. 9185551234") == ["word:моб", "phone:79185551234"])
    }

    @Test("numbers that are not phones stay numbers: dates, sums, short codes")
    func numbersAreNotPhones() {
        #expect(tokens("12.05.2026 оплатил 1500 руб") == ["number:12", "number:05", "number:2026", "word:оплатил", "number:1500", "word:руб"])
        #expect(tokens("123456789012") == ["number:123456789012"])
    }

    @Test("links and e-mails are one token each, without the sentence's final punctuation")
    func linksAndMailsAreEntities() {
        #expect(
            tokens("См. https://Example.ru/a?b=1. Пишите на Ivanov.P@Mail.ru, или www.gosuslugi.ru")
                == ["word:см", "url:https://example.ru/a?b=1", "word:пишите", "word:на", "email:ivanov.p@mail.ru", "word:или", "url:www.gosuslugi.ru"]
        )
        #expect(tokens("коллега@ без домена") == ["word:коллега", "word:без", "word:домена"])
    }

    @Test("house numbers keep their letter or fraction: «12а», «5/2»")
    func houseNumbers() {
        #expect(tokens("ул. Мира, д. 12а, кв 5; дом 5/2") == ["word:ул", "word:мира", "word:д", "house-number:12а", "word:кв", "number:5", "word:дом", "house-number:5/2"])
        #expect(tokens("12 апреля") == ["number:12", "word:апреля"])
    }
}
