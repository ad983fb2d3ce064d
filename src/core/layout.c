/* placeholder */
#include "gloss/err.h"
int layout_placeholder_(void);
int layout_placeholder_(void) { return 0; }
