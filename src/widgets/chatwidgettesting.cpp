#include "chatwidgettesting_p.h"

#include "chatwidget.h"
#include "chatwidget_p.h"

namespace cec {

ChatSession &chatSessionOf(ChatWidget &widget)
{
    return ChatWidgetPrivate::get(&widget)->session;
}

} // namespace cec
