#ifndef STAKEGRAPH_CLIBXML2_SHIM_H
#define STAKEGRAPH_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, whose headers clash with the copy of ICU inside
   Foundation. Only pointers to the encoding handler are used here, so its ICU fields
   (the last members of xmlCharEncodingHandler) are left out of the Swift view. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
