# The tenant (the simulated service's chat, bot, queue, files, history, survey and click-to-call)
# as one source list, used by cec-sim and by the fuzz targets (tests/fuzz), so that a file added
# to the tenant is built and fuzzed alike.
set(CEC_SIM_TENANT_SOURCES
    tenant.cpp tenant.h tenantcommon_p.h
    customers.cpp customers.h
    chatsession.cpp chatsession.h
    outbox.cpp outbox.h
    bot.cpp bot.h
    agentqueue.cpp agentqueue.h
    scriptedagent.cpp scriptedagent.h
    filestore.cpp filestore.h
    history.cpp history.h
    feedback.cpp feedback.h
    clicktocall.cpp clicktocall.h
    scenario.cpp scenario.h
    callmedia.h)
list(TRANSFORM CEC_SIM_TENANT_SOURCES PREPEND "${CMAKE_CURRENT_LIST_DIR}/")
