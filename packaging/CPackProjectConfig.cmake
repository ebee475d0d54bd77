# SPDX-License-Identifier: GPL-3.0-or-later
# Run by cpack for each generator (CPACK_PROJECT_CONFIG_FILE, set in Packaging.cmake): the QML
# modules the shipped views import, read from the sources now, become the .deb's Depends and the
# .rpm's Requires. Nothing to keep in step by hand, and no reconfigure when a view changes.
include(${CPACK_CONFAB_SOURCE_DIR}/packaging/QmlModules.cmake)

confab_shipped_qml_files(confab_files ${CPACK_CONFAB_SOURCE_DIR})
confab_qml_imports(confab_uris ${confab_files})
confab_qml_packages(confab_deb confab_rpm ${confab_uris})

if(CPACK_GENERATOR STREQUAL "DEB")
    list(APPEND confab_deb ${CPACK_CONFAB_DEBIAN_DEPENDS})
    list(JOIN confab_deb ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
elseif(CPACK_GENERATOR STREQUAL "RPM")
    # Qt's QML modules at least as new as the Qt built against; others unversioned.
    set(confab_requires "")
    foreach(package IN LISTS confab_rpm)
        if(package MATCHES "^qt6-")
            list(APPEND confab_requires "${package} >= ${CPACK_CONFAB_QT_VERSION}")
        else()
            list(APPEND confab_requires ${package})
        endif()
    endforeach()
    list(APPEND confab_requires ${CPACK_CONFAB_RPM_REQUIRES})
    list(JOIN confab_requires ", " CPACK_RPM_PACKAGE_REQUIRES)
endif()
