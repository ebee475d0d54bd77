# SPDX-License-Identifier: GPL-3.0-or-later
# The QML modules the installed views import, and the Linux packages that provide them.
# One mapping, used three ways:
#  - packaging/CPackProjectConfig.cmake writes the .deb's Depends and the .rpm's Requires from
#    it when cpack runs (so an import added to a view needs no edit anywhere else);
#  - tests/packaging/qmldepends.cmake (ctest qml_depends) fails when a view imports a module
#    that the mapping does not know, or that the generated package lists leave out;
#  - scripts/package-test compares the built .deb and .rpm with it, then runs the installed app.
# Works in script mode (cmake -P) too: no project commands.

# The files that ship: every view, and the modules main.cpp loads without an import
# (packaging/qml-imports, which windeployqt and macdeployqt read too).
function(confab_shipped_qml_files out source_dir)
    file(GLOB_RECURSE files "${source_dir}/qml/*.qml" "${source_dir}/models/*.qml"
        "${source_dir}/packaging/qml-imports/*.qml")
    list(SORT files)
    set(${out} ${files} PARENT_SCOPE)
endfunction()

# The module URIs that these files import, sorted, without the app's own modules (Confab,
# Confab.Models: they are compiled into the program) and without imports of files by path.
function(confab_qml_imports out)
    set(uris "")
    foreach(file IN LISTS ARGN)
        file(STRINGS "${file}" lines REGEX "^[ \t]*import[ \t]+[A-Za-z]")
        foreach(line IN LISTS lines)
            if(line MATCHES "^[ \t]*import[ \t]+([A-Za-z_][A-Za-z0-9_.]*)")
                set(uri ${CMAKE_MATCH_1})
                if(NOT uri MATCHES "^Confab(\\.|$)")
                    list(APPEND uris ${uri})
                endif()
            endif()
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES uris)
    list(SORT uris)
    set(${out} ${uris} PARENT_SCOPE)
endfunction()

# What a module loads at run time besides itself. Debian 12's qml6-module-* packages (Qt 6.4)
# depend on libraries only, never on one another, so the package must name these too; Debian
# 13's (Qt 6.8) pull them in themselves, and naming them again is harmless. From the modules'
# qmldir files (import / depends lines) and the QML inside their plugins (QtQuick.Dialogs' file
# dialog uses Qt.labs.folderlistmodel, QtQuick.Controls' styles QtQuick.Templates).
set(CONFAB_QML_RUNTIME_NEEDS_QtQuick "QtQml.WorkerScript;QtQuick.Window")
set(CONFAB_QML_RUNTIME_NEEDS_QtQuick.Controls "QtQuick.Templates")
set(CONFAB_QML_RUNTIME_NEEDS_QtQuick.Dialogs "QtQuick.Templates;QtQuick.Controls;QtQuick.Layouts;Qt.labs.folderlistmodel")

# The modules to install: the imports and, once, what each needs (one level is enough for
# the table above).
function(confab_qml_runtime_modules out)
    set(modules ${ARGN})
    foreach(uri IN LISTS ARGN)
        list(APPEND modules ${CONFAB_QML_RUNTIME_NEEDS_${uri}})
    endforeach()
    list(REMOVE_DUPLICATES modules)
    list(SORT modules)
    set(${out} ${modules} PARENT_SCOPE)
endfunction()

# Debian: qml6-module-<uri in lower case, dots as dashes> (QtQuick.Dialogs →
# qml6-module-qtquick-dialogs, Qt.labs.platform → qml6-module-qt-labs-platform,
# org.kde.syntaxhighlighting → qml6-module-org-kde-syntaxhighlighting). The styles of
# QtQuick.Controls (QtQuick.Controls.Fusion, ….Basic) and every *.impl / *.quickimpl helper
# module ship in their parent's package.
function(confab_qml_debian_package out uri)
    set(module ${uri})
    string(REGEX REPLACE "\\.(impl|quickimpl)$" "" module "${module}")
    if(module MATCHES "^QtQuick\\.Controls\\.")
        set(module QtQuick.Controls)
    endif()
    string(TOLOWER "${module}" name)
    string(REPLACE "." "-" name "${name}")
    set(${out} "qml6-module-${name}" PARENT_SCOPE)
endfunction()

# Fedora (and the like): one package per Qt or KDE repository. Fails for a module of a
# repository not listed here, so that a new one is a decision, not a silent omission.
function(confab_qml_rpm_package out uri)
    if(uri MATCHES "^(QtQml|QtQuick|QtCore|QtTest|Qt\\.labs\\.(platform|qmlmodels|folderlistmodel|settings|animation|sharedimage|wavefrontmesh))(\\.|$)")
        set(${out} qt6-qtdeclarative PARENT_SCOPE)
    elseif(uri MATCHES "^org\\.kde\\.syntaxhighlighting$")
        set(${out} kf6-syntax-highlighting PARENT_SCOPE)
    else()
        message(FATAL_ERROR "QmlModules.cmake: no .rpm package known for the QML module ${uri}; add it to "
            "confab_qml_rpm_package()")
    endif()
endfunction()

# The packages for these module URIs, sorted and unique: <out_deb> and <out_rpm>.
function(confab_qml_packages out_deb out_rpm)
    confab_qml_runtime_modules(modules ${ARGN})
    set(deb "")
    set(rpm "")
    foreach(uri IN LISTS modules)
        confab_qml_debian_package(d ${uri})
        confab_qml_rpm_package(r ${uri})
        list(APPEND deb ${d})
        list(APPEND rpm ${r})
    endforeach()
    list(REMOVE_DUPLICATES deb)
    list(SORT deb)
    list(REMOVE_DUPLICATES rpm)
    list(SORT rpm)
    set(${out_deb} ${deb} PARENT_SCOPE)
    set(${out_rpm} ${rpm} PARENT_SCOPE)
endfunction()
