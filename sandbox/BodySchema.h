#pragma once

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

namespace podwarden::sandbox {

// A small JSON Schema subset for request bodies: enough to express the OpenAPI document's
// request schemas and to report every failure at once, one sentence each, in the style the
// cloud uses ("$: additional properties 'bogus' not allowed"). Objects are closed unless open().
class BodySchema final
{
public:
    struct Property;
    // Extra rule run after the structural checks passed for this value.
    using Check = std::function<void(const QJsonValue& value, const QString& path, QStringList* errors)>;

    static BodySchema any();
    static BodySchema string();
    static BodySchema integer();
    static BodySchema number();
    static BodySchema boolean();
    static BodySchema stringMap(); // {"KEY": "value", ...}
    static BodySchema array(const BodySchema& items);
    static BodySchema object(std::initializer_list<Property> properties);

    BodySchema& minimum(double value);
    BodySchema& maximum(double value);
    BodySchema& minLength(int value);
    BodySchema& maxLength(int value); // in Unicode code points, as JSON Schema counts
    BodySchema& minItems(int value);
    BodySchema& uniqueItems();
    BodySchema& oneOf(const QStringList& values);
    BodySchema& pattern(const QString& regex);
    BodySchema& nullable();
    BodySchema& required(const QStringList& names);
    BodySchema& open(); // unknown properties allowed (and not checked)
    BodySchema& check(Check rule);
    // Adds properties (for allOf-style composition of shared parts).
    BodySchema& extend(const BodySchema& other);

    // Every failure, in document order; empty when the value is valid.
    QStringList validate(const QJsonValue& value, const QString& path = QStringLiteral("$")) const;

private:
    enum class Kind { Any, String, Integer, Number, Boolean, StringMap, Array, Object };
    struct Node;
    explicit BodySchema(Kind kind);
    void validateInto(const QJsonValue& value, const QString& path, QStringList* errors) const;
    Node& node();
    std::shared_ptr<Node> d;
};

struct BodySchema::Property
{
    QString name;
    BodySchema schema;
};

struct BodySchema::Node
{
    Kind kind = Kind::Any;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    std::optional<int> minItems;
    bool uniqueItems = false;
    bool nullable = false;
    bool open = false;
    QStringList enumValues;
    QRegularExpression pattern;
    std::vector<Property> properties;
    QStringList required;
    std::shared_ptr<BodySchema> items;
    std::vector<Check> checks;
};

QString jsonTypeName(const QJsonValue& value);

} // namespace podwarden::sandbox
