// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowapp.h"

int main(int argc, char *argv[])
{
    return WindowApp::run(argc, argv);
}
