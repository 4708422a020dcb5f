// The bot's suggested questions as a row of buttons under the conversation; a click sends the
// question. Tab order: conversation, suggestions, composer.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace cec {

class SuggestionBar final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    // `bar` holds the buttons (a QBoxLayout); `before` and `after` are its tab-order neighbours.
    SuggestionBar(QWidget *bar, QWidget *before, QWidget *after,
                  std::function<void(const QString &)> send);

    void setSuggestions(const QStringList &questions); // empty: hidden

private:
    QWidget *m_bar;
    QWidget *m_before;
    QWidget *m_after;
    std::function<void(const QString &)> m_send;
};

} // namespace cec
