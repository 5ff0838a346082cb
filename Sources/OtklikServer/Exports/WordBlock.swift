/// A piece of a Word document (`DOCXWriter`): a heading, a paragraph or a table of texts.
enum WordBlock {
    /// Level 1 is the document's title, 2 a section.
    case heading(String, level: Int)
    case paragraph(String)
    /// A table with a bold repeated header row; numbers come already written as the page shows them. The
    /// first `textColumns` columns hold words, the rest figures (aligned right).
    case table(header: [String], rows: [[String]], textColumns: Int = 1)
}
