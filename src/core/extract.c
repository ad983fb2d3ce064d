/* placeholder */
#include "gloss/err.h"
int extract_placeholder_(void);
int extract_placeholder_(void) { return 0; }
