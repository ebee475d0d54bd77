# SPDX-License-Identifier: GPL-3.0-or-later
# Each layer's logging category is declared once, by confab_logging_category() in its
# CMakeLists.txt: fails on a category declared or defined by hand in the sources.
file(GLOB_RECURSE sources ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h)
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "Q_(DECLARE_)?LOGGING_CATEGORY\\(")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH name ${SOURCE_DIR} ${source})
        string(APPEND found "\n  ${name}: ${line}")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "Logging categories declared by hand; use confab_logging_category() instead:${found}")
endif()
