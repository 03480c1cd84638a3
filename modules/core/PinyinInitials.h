#pragma once
// Pinyin initials (拼音首字母) of Chinese text, for finding things by typing a few Latin letters:
// "tkpo" finds 投靠配偶. The table comes from the Unicode Han database (resources/pinyin, made by
// tools/gen-pinyin-initials.py); characters with several readings have several initials
// (长 is c and z), and either one matches.

#include <QList>
#include <QString>
#include <QStringView>

namespace ow::core {

// One entry per character kept: its possible initials ("cz"). Latin letters and digits stand for
// themselves, lower-cased; other characters (punctuation, spaces, dashes) are skipped.
QList<QString> pinyinInitials(QStringView text);

// Where `query` (lower-case letters or digits) matches the initials of consecutive characters,
// as the index of the first one; -1 when it does not.
int matchInitials(const QList<QString> &initials, QStringView query);
// Whether `query` matches initials in order, not necessarily consecutive ("tpo" in 投靠配偶).
bool matchInitialsInOrder(const QList<QString> &initials, QStringView query);

} // namespace ow::core
