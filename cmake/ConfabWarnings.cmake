# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings for the project's own targets; -Werror when the CI environment variable is set.
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "")
    set(CONFAB_WERROR ON)
else()
    set(CONFAB_WERROR OFF)
endif()
option(CONFAB_WERROR "Treat warnings as errors" ${CONFAB_WERROR})

function(confab_target_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wshadow=local)
    endif()
    if(CONFAB_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
