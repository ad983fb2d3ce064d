/* placeholder */
#include "gloss/err.h"
int theme_placeholder_(void);
int theme_placeholder_(void) { return 0; }
