#include "DecodeError.h"

#include <QCoreApplication>

namespace podwarden {

QString DecodeError::message() const
{
    const QString where = field.isEmpty() ? QCoreApplication::translate("DecodeError", "the body") : field;
    switch (kind) {
    case Kind::NotJson:
        return QCoreApplication::translate("DecodeError", "The server's reply is not valid JSON (%1).").arg(expected);
    case Kind::WrongType:
        return QCoreApplication::translate("DecodeError", "The server's reply is malformed: “%1” should be %2.")
            .arg(where, expected);
    case Kind::Missing:
        return QCoreApplication::translate("DecodeError", "The server's reply is incomplete: “%1” is missing.")
            .arg(where);
    case Kind::InvalidValue:
        break;
    }
    return QCoreApplication::translate("DecodeError", "The server's reply has an invalid value in “%1” (expected %2).")
        .arg(where, expected);
}

} // namespace podwarden
