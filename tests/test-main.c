/*
 * Copyright (c) 2026 the libchatlink authors
 * SPDX-License-Identifier: MIT
 */

#include <locale.h>
#include <stdlib.h>

#include "test-common.h"

int main(void)
{
    /* Run under the locale the environment names, as a host program would:
     * CI runs the suite under LC_ALL=tr_TR.UTF-8 and fr_FR.UTF-8. The
     * library must not notice. */
    setlocale(LC_ALL, "");
    SRunner *runner = srunner_create(chatlink_test_suite());
    srunner_run_all(runner, CK_ENV);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
