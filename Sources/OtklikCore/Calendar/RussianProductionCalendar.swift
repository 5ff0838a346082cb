/// The Russian production calendar 2020–2027 as data: for each year the days that differ from
/// «Monday–Friday work» besides the fixed holidays of ТК РФ ст. 112 ч. 1 (which `WorkingCalendar`
/// knows by rule), with the act each year rests on. Kinds: `moved` — a weekend holiday's day off moved
/// to the next working day (ст. 112 ч. 2); `decree` — a day off moved by the Government's decree;
/// `working` — a weekend day made working by the decree; `short` — a working day one hour shorter before
/// a holiday (ст. 95 ч. 1); `ukaz` — a presidential non-working day of 2020–2021 (not a ТК holiday).
/// Checked day by day against `../shared/data/production-calendar/` in the tests. A new year's decree is
/// added as one more entry in this format (see `ProductionCalendarText`).
public enum RussianProductionCalendar {
    public static let text = """
        2020 | ПП РФ от 10.07.2019 № 875 (номер не сверен); указы Президента РФ № 206, 239, 294, 345, 354
             02-24 moved, 03-09 moved, 03-30 ukaz, 03-31 ukaz, 04-01 ukaz, 04-02 ukaz, 04-03 ukaz, 04-06 ukaz, 04-07 ukaz, 04-08 ukaz
             04-09 ukaz, 04-10 ukaz, 04-13 ukaz, 04-14 ukaz, 04-15 ukaz, 04-16 ukaz, 04-17 ukaz, 04-20 ukaz, 04-21 ukaz, 04-22 ukaz
             04-23 ukaz, 04-24 ukaz, 04-27 ukaz, 04-28 ukaz, 04-29 ukaz, 04-30 ukaz, 05-04 decree, 05-05 decree, 05-06 ukaz, 05-07 ukaz
             05-08 ukaz, 05-11 moved, 06-11 short, 06-24 ukaz, 07-01 ukaz, 11-03 short, 12-31 short
        2021 | ПП РФ от 10.10.2020 № 1648 (номер не сверен); указы Президента РФ № 242, 595
             02-20 short, 02-20 working, 02-22 decree, 04-30 short, 05-03 moved, 05-04 ukaz, 05-05 ukaz, 05-06 ukaz, 05-07 ukaz, 05-10 moved
             06-11 short, 06-14 moved, 11-01 ukaz, 11-02 ukaz, 11-03 ukaz, 11-05 decree, 12-31 decree
        2022 | ПП РФ от 16.09.2021 № 1564 (номер не сверен)
             02-22 short, 03-05 short, 03-05 working, 03-07 decree, 05-02 moved, 05-03 decree, 05-10 decree, 06-13 moved, 11-03 short
        2023 | ПП РФ от 29.08.2022 № 1505
             02-22 short, 02-24 decree, 03-07 short, 05-08 decree, 11-03 short, 11-06 moved
        2024 | ПП РФ от 10.08.2023 № 1314
             02-22 short, 03-07 short, 04-27 working, 04-29 decree, 04-30 decree, 05-08 short, 05-10 decree, 06-11 short, 11-02 short, 11-02 working
             12-28 working, 12-30 decree, 12-31 decree
        2025 | ПП РФ от 04.10.2024 № 1335
             03-07 short, 04-30 short, 05-02 decree, 05-08 decree, 06-11 short, 06-13 decree, 11-01 short, 11-01 working, 11-03 decree, 12-31 decree
        2026 | ПП РФ от 24.09.2025 № 1466
             01-09 decree, 03-09 moved, 04-30 short, 05-08 short, 05-11 moved, 06-11 short, 11-03 short, 12-31 decree
        2027 | текст постановления не сверен; по трём опубликованным календарям
             02-20 short, 02-20 working, 02-22 decree, 04-30 short, 05-03 moved, 05-10 moved, 06-11 short, 06-14 moved, 11-03 short, 11-05 decree
             12-31 decree
        """

    public static func calendar(presidentialDaysOff: Bool = false) -> WorkingCalendar {
        // The text above is part of the program: failing to read it is a defect, and the tests read it.
        try! ProductionCalendarText.parse(text, presidentialDaysOff: presidentialDaysOff)
    }
}
