# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a shipped view imports a QML module that the Linux packages do not depend on.
#
#   cmake -DSOURCE_DIR=<checkout> [-DCPACK_CONFIG=<build>/CPackConfig.cmake] [-DQML_DIR=<Qt's qml>]
#         [-DDEB=<file.deb>] [-DRPM=<file.rpm>] -P tests/packaging/qmldepends.cmake
#
# It scans the imports of the shipped QML (packaging/QmlModules.cmake) and checks, for each
# module and what it needs at run time, that
#  - the mapping names its package (QtQuick.Dialogs → qml6-module-qtquick-dialogs);
#  - with QML_DIR on a dpkg system: that package really owns the module's qmldir;
#  - with CPACK_CONFIG: the Depends and Requires cpack will write (CPackProjectConfig.cmake)
#    list it;
#  - with DEB / RPM: the built package's Depends / requirements list it.
# The package test's driver (tests/packaging/*.qml) may import only what the package provides.
# ctest runs it as qml_depends; scripts/package-test runs it on the built packages.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "qmldepends.cmake: pass -DSOURCE_DIR=<checkout>")
endif()
include(${SOURCE_DIR}/packaging/QmlModules.cmake)

set(problems "")
macro(problem text)
    list(APPEND problems "${text}")
endmacro()

# The rule, on the names the packaging documentation promises.
foreach(pair
        "QtQuick.Dialogs=qml6-module-qtquick-dialogs" "Qt.labs.platform=qml6-module-qt-labs-platform"
        "org.kde.syntaxhighlighting=qml6-module-org-kde-syntaxhighlighting" "QtQuick=qml6-module-qtquick"
        "QtQuick.Controls.Fusion=qml6-module-qtquick-controls" "QtQuick.Controls.impl=qml6-module-qtquick-controls"
        "QtQuick.Dialogs.quickimpl=qml6-module-qtquick-dialogs" "QtQml.WorkerScript=qml6-module-qtqml-workerscript")
    string(REPLACE "=" ";" pair "${pair}")
    list(GET pair 0 uri)
    list(GET pair 1 expected)
    confab_qml_debian_package(got ${uri})
    if(NOT got STREQUAL expected)
        problem("the mapping gives ${got} for ${uri}, not ${expected}")
    endif()
endforeach()

confab_shipped_qml_files(files ${SOURCE_DIR})
confab_qml_imports(uris ${files})
if(NOT "QtQuick" IN_LIST uris OR NOT "QtQuick.Controls" IN_LIST uris)
    problem("the scan of ${SOURCE_DIR}/qml found no QtQuick / QtQuick.Controls import: ${uris}")
endif()
confab_qml_runtime_modules(modules ${uris})
confab_qml_packages(deb rpm ${uris})
list(LENGTH files file_count)
string(REPLACE ";" " " uri_text "${uris}")
message(STATUS "${file_count} shipped QML files import: ${uri_text}")
string(REPLACE ";" ", " deb_text "${deb}")
string(REPLACE ";" ", " rpm_text "${rpm}")
message(STATUS "Debian packages for them: ${deb_text}")
message(STATUS "RPM packages for them: ${rpm_text}")

# The package test's driver runs in the clean system: it may import nothing the package lacks.
file(GLOB drivers "${SOURCE_DIR}/tests/packaging/*.qml")
confab_qml_imports(driver_uris ${drivers})
foreach(uri IN LISTS driver_uris)
    confab_qml_debian_package(package ${uri})
    if(NOT package IN_LIST deb)
        problem("tests/packaging's driver imports ${uri} (${package}), which the package does not depend on")
    endif()
endforeach()

# The names against the system's own packages: the package that owns each module's qmldir.
find_program(DPKG dpkg)
if(QML_DIR AND DPKG)
    foreach(uri IN LISTS modules)
        string(REPLACE "." "/" path "${uri}")
        set(qmldir "${QML_DIR}/${path}/qmldir")
        confab_qml_debian_package(package ${uri})
        if(NOT EXISTS "${qmldir}")
            # The build does not need every module the installed app loads (the file dialog's).
            message(STATUS "${uri} is not installed here (no ${qmldir}): its package name is not compared")
            continue()
        endif()
        execute_process(COMMAND ${DPKG} -S "${qmldir}" OUTPUT_VARIABLE owner RESULT_VARIABLE status ERROR_QUIET)
        string(REGEX REPLACE ":.*" "" owner "${owner}")
        if(NOT status EQUAL 0)
            message(STATUS "${qmldir} belongs to no package (built from source?): not compared")
        elseif(NOT owner STREQUAL package)
            problem("${uri} is in ${owner} here, but the mapping says ${package}")
        endif()
    endforeach()
endif()

# The names in a package list: "a (>= 1), b | c" (Debian) or one "a >= 1" per line (rpm -qpR).
function(package_names out text)
    string(REGEX REPLACE "\\([^)]*\\)" "" text "${text}")
    string(REGEX REPLACE "[,|\n]" ";" items "${text}")
    set(names "")
    foreach(item IN LISTS items)
        string(REGEX REPLACE "[<>=].*" "" item "${item}")
        string(STRIP "${item}" item)
        if(item)
            list(APPEND names ${item})
        endif()
    endforeach()
    set(${out} ${names} PARENT_SCOPE)
endfunction()

function(check_listed what expected actual)
    set(found ${problems})
    foreach(package IN LISTS expected)
        if(NOT package IN_LIST actual)
            list(APPEND found "${what} lacks ${package}")
        endif()
    endforeach()
    set(problems ${found} PARENT_SCOPE)
endfunction()

if(CPACK_CONFIG)
    # What cpack will write: its configuration, then the project's file, per generator.
    foreach(generator DEB RPM)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "")
        set(CPACK_RPM_PACKAGE_REQUIRES "")
        include(${CPACK_CONFIG})
        set(CPACK_GENERATOR ${generator})
        if(CPACK_PROJECT_CONFIG_FILE)
            include(${CPACK_PROJECT_CONFIG_FILE})
        endif()
        if(generator STREQUAL "DEB")
            package_names(listed "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
            check_listed("CPACK_DEBIAN_PACKAGE_DEPENDS" "${deb}" "${listed}")
        else()
            package_names(listed "${CPACK_RPM_PACKAGE_REQUIRES}")
            check_listed("CPACK_RPM_PACKAGE_REQUIRES" "${rpm}" "${listed}")
        endif()
    endforeach()
endif()

if(DEB)
    execute_process(COMMAND dpkg-deb -f "${DEB}" Depends OUTPUT_VARIABLE depends RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        problem("dpkg-deb could not read ${DEB}")
    endif()
    package_names(listed "${depends}")
    check_listed("the Depends of ${DEB}" "${deb}" "${listed}")
endif()
if(RPM)
    execute_process(COMMAND rpm -qpR "${RPM}" OUTPUT_VARIABLE requires RESULT_VARIABLE status ERROR_QUIET)
    if(NOT status EQUAL 0)
        problem("rpm could not read ${RPM}")
    endif()
    package_names(listed "${requires}")
    check_listed("the requirements of ${RPM}" "${rpm}" "${listed}")
endif()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "QML modules and package dependencies disagree:\n  ${text}\n"
        "The packages' lists come from packaging/QmlModules.cmake when cpack runs (packaging/README.md).")
endif()
message(STATUS "Every imported QML module has its package")
