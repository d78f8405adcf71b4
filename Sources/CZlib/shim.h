#ifndef STAKEGRAPH_CZLIB_SHIM_H
#define STAKEGRAPH_CZLIB_SHIM_H
#include <zlib.h>
#endif
