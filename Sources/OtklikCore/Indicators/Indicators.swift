/// The indicators the centre monitors (rules.md §3.3, K1–K10; issue 7). Each is the centre's own
/// definition (`Indicator.isConfirmed` is false): the federal methodology could not be confirmed. Periods
/// are of receipt, like every slice: an item counts in the month it came in, whenever it was answered.
public enum Indicators {
    public static let all: [Indicator] = [
        Indicator(
            id: "K1", title: "Доля ответов в срок", numerator: "ответы, данные не позднее срока (с учётом продления по ст. 12 ч. 2 59-ФЗ)",
            denominator: "ответы на обращения, поступившие в периоде", measure: .onTimeShare, higherIsBetter: true
        ),
        Indicator(
            id: "K2", title: "Доля просроченных", numerator: "обращения с ответом после срока или с истёкшим сроком без ответа",
            denominator: "обращения, поступившие в периоде", measure: .overdueShare, higherIsBetter: false
        ),
        Indicator(
            id: "K3", title: "Доля зарегистрированных в срок", numerator: "зарегистрированные в срок регистрации (ст. 8 ч. 2 59-ФЗ — 3 дня)",
            denominator: "поступившие в периоде, для которых правило задаёт срок регистрации", measure: .registeredOnTimeShare, higherIsBetter: true
        ),
        Indicator(
            id: "K4", title: "Доля направленных в орган в срок", numerator: "направленные в орган не позднее срока (ст. 8 ч. 3 59-ФЗ — 7 дней с регистрации)",
            denominator: "направленные в орган, для которых правило задаёт этот срок", measure: .assignedOnTimeShare, higherIsBetter: true
        ),
        Indicator(
            id: "K5", title: "Среднее время до первой реакции органа", numerator: "сумма рабочих часов (по производственному календарю) от регистрации (до неё — от поступления) до первого действия исполнителя",
            denominator: "обращения, по которым исполнитель сделал хотя бы одно действие", measure: .meanReactionHours, higherIsBetter: false
        ),
        Indicator(
            id: "K6", title: "Медиана срока ответа", numerator: "медиана числа дней от поступления до ответа",
            denominator: "обращения с ответом", measure: .medianAnswerDays, higherIsBetter: false
        ),
        Indicator(
            id: "K7", title: "Доля повторных", numerator: "обращения, связанные как повторные с более ранним того же автора",
            denominator: "обращения, поступившие в периоде", measure: .repeatedShare, higherIsBetter: false
        ),
        Indicator(
            id: "K8", title: "Доля возобновлённых после ответа", numerator: "обращения, рассмотрение которых возобновлялось после утверждённого ответа",
            denominator: "обращения с ответом", measure: .reopenedShare, higherIsBetter: false
        ),
        Indicator(
            id: "K9", title: "Удовлетворённость граждан", numerator: "оценки «проблема решена»",
            denominator: "ответы, оценённые гражданами", measure: .satisfactionShare, higherIsBetter: true
        ),
        Indicator(
            id: "K9.1", title: "Доля ответов, оценённых гражданами", numerator: "ответы, которые гражданин оценил",
            denominator: "обращения с ответом", measure: .ratedShare, higherIsBetter: true
        ),
        Indicator(
            id: "K10", title: "Доля с продлённым сроком", numerator: "обращения, срок ответа по которым продлён (ст. 12 ч. 2 59-ФЗ)",
            denominator: "обращения с ответом", measure: .extendedShare, higherIsBetter: false
        ),
    ]

    public static func indicator(_ id: String) -> Indicator? { all.first { $0.id == id } }
}
