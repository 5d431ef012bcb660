#include "BodySchema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace podwarden::sandbox {

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double v = value.toDouble();
        return std::floor(v) == v ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

BodySchema::BodySchema(Kind kind)
    : d(std::make_shared<Node>())
{
    d->kind = kind;
}

BodySchema::Node& BodySchema::node()
{
    // Builders are used once, while the schema is assembled; copy before a shared node changes.
    if (d.use_count() > 1)
        d = std::make_shared<Node>(*d);
    return *d;
}

BodySchema BodySchema::any()
{
    return BodySchema(Kind::Any);
}
BodySchema BodySchema::string()
{
    return BodySchema(Kind::String);
}
BodySchema BodySchema::integer()
{
    return BodySchema(Kind::Integer);
}
BodySchema BodySchema::number()
{
    return BodySchema(Kind::Number);
}
BodySchema BodySchema::boolean()
{
    return BodySchema(Kind::Boolean);
}
BodySchema BodySchema::stringMap()
{
    return BodySchema(Kind::StringMap);
}

BodySchema BodySchema::array(const BodySchema& items)
{
    BodySchema s(Kind::Array);
    s.d->items = std::make_shared<BodySchema>(items);
    return s;
}

BodySchema BodySchema::object(std::initializer_list<Property> properties)
{
    BodySchema s(Kind::Object);
    s.d->properties.assign(properties.begin(), properties.end());
    return s;
}

BodySchema& BodySchema::minimum(double value)
{
    node().minimum = value;
    return *this;
}
BodySchema& BodySchema::maximum(double value)
{
    node().maximum = value;
    return *this;
}
BodySchema& BodySchema::minLength(int value)
{
    node().minLength = value;
    return *this;
}
BodySchema& BodySchema::maxLength(int value)
{
    node().maxLength = value;
    return *this;
}
BodySchema& BodySchema::minItems(int value)
{
    node().minItems = value;
    return *this;
}
BodySchema& BodySchema::uniqueItems()
{
    node().uniqueItems = true;
    return *this;
}
BodySchema& BodySchema::oneOf(const QStringList& values)
{
    node().enumValues = values;
    return *this;
}
BodySchema& BodySchema::nullable()
{
    node().nullable = true;
    return *this;
}
BodySchema& BodySchema::required(const QStringList& names)
{
    node().required += names;
    return *this;
}
BodySchema& BodySchema::open()
{
    node().open = true;
    return *this;
}
BodySchema& BodySchema::check(Check rule)
{
    node().checks.push_back(std::move(rule));
    return *this;
}

BodySchema& BodySchema::pattern(const QString& regex)
{
    node().pattern = QRegularExpression(regex);
    return *this;
}

BodySchema& BodySchema::extend(const BodySchema& other)
{
    Node& n = node();
    for (const Property& p : other.d->properties)
        n.properties.push_back(p);
    n.required += other.d->required;
    return *this;
}

QStringList BodySchema::validate(const QJsonValue& value, const QString& path) const
{
    QStringList errors;
    validateInto(value, path, &errors);
    return errors;
}

static QString formatNumber(double v)
{
    return QString::number(v, 'g', 15);
}

void BodySchema::validateInto(const QJsonValue& value, const QString& path, QStringList* errors) const
{
    const Node& n = *d;
    if (value.isNull() && n.nullable)
        return;
    const auto typeError = [&](const QString& expected) {
        errors->append(path + QStringLiteral(": expected ") + expected + QStringLiteral(", but got ") +
                       jsonTypeName(value));
    };

    switch (n.kind) {
    case Kind::Any:
        break;
    case Kind::String: {
        if (!value.isString())
            return typeError(QStringLiteral("string"));
        const QString text = value.toString();
        if (n.minLength && text.size() < *n.minLength)
            errors->append(path +
                           QStringLiteral(": length must be >= %1, but got %2").arg(*n.minLength).arg(text.size()));
        if (n.maxLength && text.size() > *n.maxLength) {
            const qsizetype codePoints = text.toUcs4().size();
            if (codePoints > *n.maxLength)
                errors->append(path +
                               QStringLiteral(": length must be <= %1, but got %2").arg(*n.maxLength).arg(codePoints));
        }
        if (!n.enumValues.isEmpty() && !n.enumValues.contains(text))
            errors->append(path + QStringLiteral(": value must be one of '") +
                           n.enumValues.join(QStringLiteral("', '")) + QLatin1Char('\''));
        if (!n.pattern.pattern().isEmpty() && !n.pattern.match(text).hasMatch())
            errors->append(path + QStringLiteral(": '") + text + QStringLiteral("' does not match pattern '") +
                           n.pattern.pattern() + QLatin1Char('\''));
        break;
    }
    case Kind::Integer:
    case Kind::Number: {
        if (!value.isDouble())
            return typeError(n.kind == Kind::Integer ? QStringLiteral("integer") : QStringLiteral("number"));
        const double v = value.toDouble();
        if (n.kind == Kind::Integer && std::floor(v) != v)
            return typeError(QStringLiteral("integer"));
        if (n.minimum && v < *n.minimum)
            errors->append(path + QStringLiteral(": must be >= ") + formatNumber(*n.minimum) +
                           QStringLiteral(" but found ") + formatNumber(v));
        if (n.maximum && v > *n.maximum)
            errors->append(path + QStringLiteral(": must be <= ") + formatNumber(*n.maximum) +
                           QStringLiteral(" but found ") + formatNumber(v));
        break;
    }
    case Kind::Boolean:
        if (!value.isBool())
            return typeError(QStringLiteral("boolean"));
        break;
    case Kind::StringMap: {
        if (!value.isObject())
            return typeError(QStringLiteral("object"));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString())
                errors->append(path + QLatin1Char('.') + it.key() + QStringLiteral(": expected string, but got ") +
                               jsonTypeName(it.value()));
        }
        break;
    }
    case Kind::Array: {
        if (!value.isArray())
            return typeError(QStringLiteral("array"));
        const QJsonArray array = value.toArray();
        if (n.minItems && array.size() < *n.minItems)
            errors->append(
                path +
                QStringLiteral(": minimum %1 items required, but found %2 items").arg(*n.minItems).arg(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            n.items->validateInto(array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), errors);
        if (n.uniqueItems) {
            // Linear, so a huge array cannot stall the service.
            QHash<QByteArray, qsizetype> seen;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QByteArray item = QJsonDocument(QJsonArray{array.at(i)}).toJson(QJsonDocument::Compact);
                const auto it = seen.constFind(item);
                if (it != seen.constEnd())
                    errors->append(path + QStringLiteral(": items at %1 and %2 are equal").arg(*it).arg(i));
                else
                    seen.insert(item, i);
            }
        }
        break;
    }
    case Kind::Object: {
        if (!value.isObject())
            return typeError(QStringLiteral("object"));
        const QJsonObject object = value.toObject();
        for (const QString& name : n.required) {
            if (!object.contains(name))
                errors->append(path + QStringLiteral(": missing property '") + name + QLatin1Char('\''));
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto prop = std::find_if(n.properties.cbegin(), n.properties.cend(),
                                           [&](const Property& p) { return p.name == it.key(); });
            if (prop == n.properties.cend()) {
                if (!n.open)
                    errors->append(path + QStringLiteral(": additional properties '") + it.key() +
                                   QStringLiteral("' not allowed"));
                continue;
            }
            prop->schema.validateInto(it.value(), path + QLatin1Char('.') + it.key(), errors);
        }
        break;
    }
    }
    // The value has the right shape (wrong types returned early): the extra rules can read it.
    for (const Check& rule : n.checks)
        rule(value, path, errors);
}

} // namespace podwarden::sandbox
